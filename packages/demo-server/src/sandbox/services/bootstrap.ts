import { apmCatalog } from '../domain/apm-catalog.js';
import type { Project } from '../domain/types.js';
import { newId, newProjectId, newSecret } from '../ids.js';
import type { Store } from '../store/index.js';

export interface ProjectOptions {
  projectId?: string | undefined;
  projectSecret?: string | undefined;
  webhookUrl?: string | undefined;
  /** The merchant's name, shown on the hosted pages (`Paydrop Demo Store` by default). */
  projectName?: string | undefined;
}

/**
 * Finds or creates the project the sandbox serves. Given IDs and secrets win
 * (so the seeds' example credentials work); otherwise the stored default
 * project is reused, so restarts keep the same credentials.
 */
export function ensureProject(store: Store, options: ProjectOptions, now: number): Project {
  return store.transaction(() => {
    const existing = options.projectId
      ? store.projects.find(options.projectId)
      : store.projects.findDefault();
    if (existing) {
      const project: Project = {
        ...existing,
        secret: options.projectSecret ?? existing.secret,
        webhookUrl: options.webhookUrl ?? existing.webhookUrl,
        name: options.projectName ?? existing.name,
      };
      store.projects.update(project);
      seedGatewayConfigurations(store, project.id);
      return project;
    }
    const project: Project = {
      id: options.projectId ?? newProjectId(),
      secret: options.projectSecret ?? newSecret(),
      name: options.projectName ?? 'Paydrop Demo Store',
      webhookUrl: options.webhookUrl ?? null,
    };
    store.projects.insert(project, new Date(now).toISOString());
    seedGatewayConfigurations(store, project.id);
    return project;
  });
}

/** One configuration per catalog APM, with IDs minted once and kept: widgets and tests may hold on to them. */
function seedGatewayConfigurations(store: Store, projectId: string): void {
  const have = new Set(store.projects.gatewayConfigurations(projectId).map((c) => c.gateway));
  apmCatalog.forEach((apm, position) => {
    if (have.has(apm.gateway)) return;
    store.projects.insertGatewayConfiguration(
      {
        id: newId('gway_conf'),
        projectId,
        gateway: apm.gateway,
        name: `${apm.displayName} (sandbox)`,
        enabled: apm.enabled,
        defaultCurrency: apm.defaultCurrency,
      },
      position,
    );
  });
}

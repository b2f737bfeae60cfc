import type { GatewayConfiguration, Project } from '../domain/types.js';
import type { Db } from './database.js';
import { bool, int } from './json-columns.js';

interface ProjectRow {
  id: string;
  secret: string;
  name: string;
  webhook_url: string | null;
}

interface ConfigRow {
  id: string;
  project_id: string;
  gateway: string;
  name: string;
  enabled: number;
  default_currency: string;
}

const toProject = (r: ProjectRow): Project => ({
  id: r.id,
  secret: r.secret,
  name: r.name,
  webhookUrl: r.webhook_url,
});

const toConfig = (r: ConfigRow): GatewayConfiguration => ({
  id: r.id,
  projectId: r.project_id,
  gateway: r.gateway,
  name: r.name,
  enabled: bool(r.enabled),
  defaultCurrency: r.default_currency,
});

export function projectStore(db: Db) {
  const find = db.prepare<[string], ProjectRow>('SELECT * FROM projects WHERE id = ?');
  const findDefault = db.prepare<[], ProjectRow>(
    'SELECT * FROM projects WHERE is_default = 1 ORDER BY created_at LIMIT 1',
  );
  const insert = db.prepare(
    `INSERT INTO projects (id, secret, name, webhook_url, is_default, created_at)
     VALUES (@id, @secret, @name, @webhookUrl, @isDefault, @createdAt)`,
  );
  const update = db.prepare(
    'UPDATE projects SET secret = @secret, webhook_url = @webhookUrl, name = @name, is_default = 1 WHERE id = @id',
  );
  const configs = db.prepare<[string], ConfigRow>(
    'SELECT * FROM gateway_configurations WHERE project_id = ? ORDER BY position',
  );
  const config = db.prepare<[string, string], ConfigRow>(
    'SELECT * FROM gateway_configurations WHERE project_id = ? AND id = ?',
  );
  const insertConfig = db.prepare(
    `INSERT INTO gateway_configurations (id, project_id, gateway, name, enabled, default_currency, position)
     VALUES (@id, @projectId, @gateway, @name, @enabled, @defaultCurrency, @position)`,
  );

  return {
    find: (id: string): Project | undefined => {
      const row = find.get(id);
      return row && toProject(row);
    },
    findDefault: (): Project | undefined => {
      const row = findDefault.get();
      return row && toProject(row);
    },
    insert: (project: Project, createdAt: string) => insert.run({ ...project, isDefault: 1, createdAt }),
    /** Start-up options win over what is stored, so changing the env vars takes effect on restart. */
    update: (project: Project) => update.run(project),
    gatewayConfigurations: (projectId: string): GatewayConfiguration[] =>
      configs.all(projectId).map(toConfig),
    gatewayConfiguration: (projectId: string, id: string): GatewayConfiguration | undefined => {
      const row = config.get(projectId, id);
      return row && toConfig(row);
    },
    insertGatewayConfiguration: (config: GatewayConfiguration, position: number) =>
      insertConfig.run({ ...config, enabled: int(config.enabled), position }),
  };
}

/**
 * The sandbox controls' "provider page" switches: whether the sandbox's hosted
 * pages send `Cross-Origin-Opener-Policy: same-origin`, and whether a popup
 * closes itself after Approve without posting the result. The choice is the
 * sandbox's `/hosted-page-settings` (a cookie of the sandbox origin, so it
 * holds for this browser only); the boxes show what the sandbox answers.
 */
import { $ } from './dom.js';
import { type ClientConfig, merchant } from './merchant-api.js';

interface Settings {
  coop: boolean;
  close_without_message: boolean;
}

const BOXES = { coop: 'habit-coop', close_without_message: 'habit-close' } as const;

async function settings(apiUrl: string, change?: Partial<Settings>): Promise<Settings> {
  const response = await fetch(`${apiUrl}/hosted-page-settings`, {
    method: change ? 'PUT' : 'GET',
    credentials: 'include',
    headers: change ? { 'content-type': 'application/json' } : undefined,
    body: change ? JSON.stringify(change) : undefined,
  });
  const json = (await response.json()) as { success?: boolean; settings?: Settings; message?: string };
  if (!json.success || !json.settings) throw new Error(json.message ?? `HTTP ${response.status}`);
  return json.settings;
}

function show(current: Settings) {
  for (const [name, id] of Object.entries(BOXES)) {
    const box = $<HTMLInputElement>(id);
    box.checked = current[name as keyof Settings];
    box.disabled = false;
  }
  $('habit-status').textContent = '';
}

/** Reads the sandbox's settings into the boxes, and sends each change back. */
export async function wireProviderHabits() {
  const status = $('habit-status');
  try {
    const { apiUrl } = await merchant.get<ClientConfig>('/api/config');
    for (const [name, id] of Object.entries(BOXES)) {
      const box = $<HTMLInputElement>(id);
      box.addEventListener('change', () => {
        box.disabled = true;
        settings(apiUrl, { [name]: box.checked }).then(show, (error: Error) => {
          box.checked = !box.checked;
          box.disabled = false;
          status.textContent = `The sandbox did not take it: ${error.message}`;
        });
      });
    }
    show(await settings(apiUrl));
  } catch (error) {
    status.textContent = `Sandbox settings unavailable: ${(error as Error).message}`;
  }
}

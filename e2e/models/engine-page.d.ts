/** What e2e/pages/engine.html exposes to the tests. */
interface EngineTestPage {
  checkout: { projectId: string; apiUrl: string; customerId: string; tokenId: string };
  events: string[];
  names: string[];
  tokenize(name: string, mode?: string): Promise<{ token: string } | { error: string }>;
}

interface Window {
  engine: EngineTestPage;
}

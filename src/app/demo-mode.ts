// The only place application code reaches into mocks/: the offline sample runs the API twin
// in a service worker, so the app itself works exactly as it does against the live API.
export interface Example {
  readonly id: string;
  readonly label: string;
}

export async function startDemo(baseUrl: string): Promise<readonly Example[]> {
  const [{ startTwinWorker }, { SAMPLE_EXAMPLES }] = await Promise.all([
    import('../../mocks/browser'),
    import('../../mocks/sample'),
  ]);
  await startTwinWorker({ baseUrl });
  return SAMPLE_EXAMPLES;
}

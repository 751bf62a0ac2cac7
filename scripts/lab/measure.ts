// `npm run lab -- measure [1,5,20]`: requests upstream against requests from users, for a
// scripted session. For each number of users, a fresh lab (empty cache) in front of the API twin;
// each user is a fresh Chromium profile that opens the sample's best-connected paper and then
// one of four others (so users overlap, as in a class or a reading group). Two users at a time.
// Prints the table docs/deployment.md shows.
import { launchChromium } from '../../tests/e2e/browser.ts';
import {
  startLabOverTwin,
  visitAsNewUser,
  waitUntilOpened,
} from '../../tests/lab/lab-over-twin.ts';
import { SAMPLE_CENTRE_ID, SAMPLE_NO_CITATIONS_ID, SAMPLE_SPARSE_ID } from '../../mocks/sample.ts';
import { SAMPLE_DISCOVERY_ID } from '../../mocks/discovery-sample.ts';
import { SAMPLE_INTENTS_ID } from '../../mocks/intent-sample.ts';
import { findNginx, INSTALL_HINT } from './nginx-process.ts';

const OTHERS = [SAMPLE_INTENTS_ID, SAMPLE_DISCOVERY_ID, SAMPLE_SPARSE_ID, SAMPLE_NO_CITATIONS_ID];
// Counts do not depend on the pace (the cache decides them); a quick one keeps this short.
const RATE = 20;
const AT_ONCE = 2;

interface Row {
  readonly users: number;
  readonly papers: number;
  readonly fromUsers: number;
  readonly upstream: number;
}

async function session(nginx: string, users: number): Promise<Row> {
  const lab = await startLabOverTwin(nginx, { apiKey: 'measuring', rate: RATE });
  const browser = await launchChromium();
  let fromUsers = 0;
  let next = 0;
  const user = async () => {
    for (let index = next++; index < users; index = next++) {
      const visit = await visitAsNewUser(browser, lab.origin, `/?paper=${SAMPLE_CENTRE_ID}`);
      await waitUntilOpened(visit.page);
      await visit.page.goto(`${lab.origin}/?paper=${OTHERS[index % OTHERS.length] ?? ''}`);
      await waitUntilOpened(visit.page);
      if (visit.errors.length > 0) throw new Error(visit.errors.join('\n'));
      fromUsers += visit.apiRequests.length;
      await visit.close();
    }
  };
  try {
    await Promise.all(Array.from({ length: AT_ONCE }, user));
    const papers = new Set([SAMPLE_CENTRE_ID, ...OTHERS.slice(0, users)]).size;
    return { users, papers, fromUsers, upstream: lab.upstream.requests.length };
  } finally {
    await browser.close();
    await lab.stop();
  }
}

export async function main(args: readonly string[]): Promise<number> {
  const nginx = findNginx(process.env);
  if (nginx === null) {
    console.error(INSTALL_HINT);
    return 1;
  }
  const counts = (args[0] ?? '1,5,20').split(',').map(Number);
  const rows: Row[] = [];
  for (const users of counts) {
    rows.push(await session(nginx, users));
    console.error(`measured ${users} user(s)`);
  }
  console.log(
    '| users | distinct papers | API requests from browsers | requests upstream | upstream per user | answered from the cache |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const perUser = (row.upstream / row.users).toFixed(1);
    const cached = `${Math.round((100 * (row.fromUsers - row.upstream)) / row.fromUsers)} %`;
    console.log(
      `| ${row.users} | ${row.papers} | ${row.fromUsers} | ${row.upstream} | ${perUser} | ${cached} |`,
    );
  }
  return 0;
}

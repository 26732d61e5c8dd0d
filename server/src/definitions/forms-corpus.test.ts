import { randomUUID } from 'node:crypto';
import { readCorpus } from '@tongban/forms/corpus';
import { useTestStack } from '../../test/test-stack';

// The public forms of forms/corpus through the designers' API on the real stack: each is imported as a file and
// published, or refused where docs/forms-compatibility.md says, and an enterprise starts a request with its example.
const stack = useTestStack();
const corpus = readCorpus();

it('publishes every form the corpus expects to, refuses the others where it says, and takes each example', async () => {
  const admin = await stack.signIn('admin');
  const enterprise = await stack.signIn('qiye');
  const outcomes: Record<string, unknown> = {};
  const expected: Record<string, unknown> = {};
  for (const entry of corpus) {
    const { key } = entry.definition;
    expected[entry.key] = entry.publishes === true ? 'request started' : { refusedAt: entry.publishes.refusedAt };
    await admin
      .post('/api/v1/definitions/forms/import')
      .send({ format: 'tongban.form/v1', definition: entry.definition })
      .expect(201);
    const published = await admin.post(`/api/v1/definitions/forms/${key}/versions/1/publish`).set('If-Match', '"r1"');
    if (published.status !== 200) {
      const paths: string[] = (published.body.error?.fields ?? []).map((field: { path: string }) => field.path);
      const where = entry.publishes === true ? undefined : entry.publishes.refusedAt;
      outcomes[entry.key] =
        where && paths.some((path) => path.startsWith(where)) ? { refusedAt: where } : published.body;
      continue;
    }
    await admin
      .post('/api/v1/definitions/processes')
      .send({ definition: processFor(key, entry.title.zh) })
      .expect(201);
    await admin.post(`/api/v1/definitions/processes/${key}/versions/1/publish`).set('If-Match', '"r1"').expect(200);
    const started = await enterprise
      .post('/api/v1/requests')
      .set('Idempotency-Key', randomUUID())
      .send({ processKey: key, data: entry.definition.example });
    outcomes[entry.key] = started.status === 201 ? 'request started' : started.body;
  }
  expect(outcomes).toEqual(expected);
});

/** The smallest process that takes the form: one review by the investment service centre. */
function processFor(key: string, name: string) {
  return {
    key,
    name: { zh: name },
    form: { key, version: 1 },
    steps: [
      {
        type: 'approval',
        id: 'review',
        name: { zh: '审核' },
        assignees: { org: 'org-yunmeng-investment-centre', role: 'handler' },
        mode: 'any',
      },
    ],
  };
}

import { defineUpdate, proxyActivities, proxyLocalActivities, setHandler, condition } from '@temporalio/workflow';

// Workflows for approve-profile.test.ts, bundled by its worker: the bare flow, and one whose
// Update runs an activity and a local activity, as an approve of Tongban's may.
export { bareFlow } from '../bare/bare-workflow';

export interface ProfiledActivities {
  recordRemotely(): Promise<void>;
  recordLocally(): Promise<void>;
  recordLocallyAgain(): Promise<void>;
}

export const profiledUpdate = defineUpdate<string>('profiled');

const { recordRemotely } = proxyActivities<ProfiledActivities>({ startToCloseTimeout: '10 seconds' });
const { recordLocally, recordLocallyAgain } = proxyLocalActivities<ProfiledActivities>({
  startToCloseTimeout: '10 seconds',
});

/** Waits for one Update, which runs two local activities and then an activity before it answers. */
export async function profiledWorkflow(): Promise<void> {
  let done = false;
  setHandler(profiledUpdate, async () => {
    await recordLocally();
    await recordLocallyAgain();
    await recordRemotely();
    done = true;
    return 'recorded';
  });
  await condition(() => done);
}

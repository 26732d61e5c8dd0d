import { useStore } from '../test/store-lifecycle';
import { createAttachmentIndexes } from './attachments/attachment-store';
import { allModels } from './models';

useStore();

describe('the indexes the store declares', () => {
  it('are declared again at every start (the API and the worker each start many times) without failing', async () => {
    // useStore's connectStore declared them once already: this is a restart.
    await Promise.all([...allModels.map((model) => model.createIndexes()), createAttachmentIndexes()]);
    await createAttachmentIndexes();
  });
});

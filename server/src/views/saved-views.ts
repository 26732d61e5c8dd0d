import { randomUUID } from 'node:crypto';
import { isDuplicateKeyError, SavedViewModel, type SavedView } from '@tongban/store';
import type { Request } from 'express';
import type { z } from 'zod';
import type { CurrentUser } from '../auth/current-user';
import { ApiError } from '../errors/api-error';
import { parseInput } from '../http/parse-input';
import { VIEW_FILTERS, type savedViewBody } from '../http/view-schemas';

/** Views per person: enough for any inbox, small enough that the list is one read. */
export const MAX_SAVED_VIEWS = 50;

function toView(view: SavedView) {
  return {
    id: view._id,
    name: view.name,
    list: view.list,
    filters: view.filters,
    createdAt: view.createdAt.toISOString(),
    updatedAt: view.updatedAt.toISOString(),
  };
}

/** The filters as the list itself would check them: a view never stores what the list would refuse. */
function checkFilters(input: z.output<typeof savedViewBody>, req: Request): void {
  const schema = VIEW_FILTERS[input.list];
  try {
    parseInput(schema, input.filters, req);
  } catch (error) {
    if (error instanceof ApiError && error.fields)
      throw new ApiError(
        'VALIDATION_FAILED',
        error.fields.map((field) => ({ ...field, path: `/filters${field.path === '/' ? '' : field.path}` })),
      );
    throw error;
  }
}

export async function listSavedViews(user: CurrentUser, list: 'tasks' | 'requests' | undefined) {
  const views = await SavedViewModel.find({ userId: user.id, ...(list ? { list } : {}) })
    .sort({ name: 1 })
    .lean();
  return { items: views.map(toView) };
}

export async function createSavedView(user: CurrentUser, input: z.output<typeof savedViewBody>, req: Request) {
  checkFilters(input, req);
  if ((await SavedViewModel.countDocuments({ userId: user.id })) >= MAX_SAVED_VIEWS)
    throw new ApiError('SAVED_VIEW_LIMIT');
  try {
    const created = await SavedViewModel.create({
      _id: `view-${randomUUID().replaceAll('-', '').slice(0, 12)}`,
      userId: user.id,
      ...input,
    });
    return toView(created.toObject());
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new ApiError('SAVED_VIEW_NAME_TAKEN');
    throw error;
  }
}

/** Renames or refilters one of the caller's views; someone else's is 404. */
export async function updateSavedView(
  user: CurrentUser,
  id: string,
  input: z.output<typeof savedViewBody>,
  req: Request,
) {
  checkFilters(input, req);
  try {
    const result = await SavedViewModel.updateOne(
      { _id: id, userId: user.id },
      { $set: { name: input.name, list: input.list, filters: input.filters } },
    );
    if (result.matchedCount === 0) throw new ApiError('SAVED_VIEW_NOT_FOUND');
  } catch (error) {
    if (isDuplicateKeyError(error)) throw new ApiError('SAVED_VIEW_NAME_TAKEN');
    throw error;
  }
  return toView((await SavedViewModel.findById(id).lean())!);
}

export async function deleteSavedView(user: CurrentUser, id: string): Promise<void> {
  const result = await SavedViewModel.deleteOne({ _id: id, userId: user.id });
  if (result.deletedCount === 0) throw new ApiError('SAVED_VIEW_NOT_FOUND');
}

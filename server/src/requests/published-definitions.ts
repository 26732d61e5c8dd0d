import type { FormDefinition } from '@tongban/forms';
import { definitionVersionId, FormVersionModel, parseDefinition, ProcessVersionModel } from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';

/** The newest published version of a process, or null. */
export async function latestPublishedProcess(key: string): Promise<ProcessDefinition | null> {
  const [latest] = await ProcessVersionModel.find({ key, status: 'published' }).sort({ version: -1 }).limit(1).lean();
  return latest ? parseDefinition<ProcessDefinition>(latest) : null;
}

/**
 * A process version by key and version, as a request pinned it. Published
 * (and later archived) versions never change, so they are cached.
 */
const processCache = new Map<string, ProcessDefinition>();

export async function processVersion(key: string, version: number): Promise<ProcessDefinition | null> {
  const id = definitionVersionId(key, version);
  const cached = processCache.get(id);
  if (cached) return cached;
  const found = await ProcessVersionModel.findById(id).lean();
  if (!found || found.status === 'draft') return null;
  const definition = parseDefinition<ProcessDefinition>(found);
  processCache.set(id, definition);
  return definition;
}

/**
 * A form version by key and version. Published versions are immutable, so
 * they are cached for the life of the process.
 */
const formCache = new Map<string, FormDefinition>();

export async function formVersion(key: string, version: number): Promise<FormDefinition | null> {
  const id = definitionVersionId(key, version);
  const cached = formCache.get(id);
  if (cached) return cached;
  const found = await FormVersionModel.findById(id).lean();
  if (!found || found.status === 'draft') return null;
  const definition = parseDefinition<FormDefinition>(found);
  formCache.set(id, definition);
  return definition;
}

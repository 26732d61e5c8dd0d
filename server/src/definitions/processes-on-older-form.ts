import { definitionVersionId, FormVersionModel, ProcessVersionModel, type ProcessVersion } from '@tongban/store';
import type { AppAbility } from '../auth/define-abilities';
import { ApiError } from '../errors/api-error';
import { localized, type Language } from '../http/language';
import { formReferences, requireDesigner } from './manage-definitions';

/**
 * The published processes whose newest published version pins an older
 * version of form `key` than `version` (at the top or in a 填报 step): what
 * publishing the form leaves behind. Each with the JSON Pointers of its
 * references, so the designer can write the new version into a draft of it.
 * One index range read (`status`, `key`) of the published versions.
 */
export async function processesOnOlderForm(ability: AppAbility, key: string, version: number, language: Language) {
  requireDesigner(ability, false);
  const form = await FormVersionModel.findById(definitionVersionId(key, version), { _id: 1 }).lean();
  if (!form) throw new ApiError('DEFINITION_NOT_FOUND');
  const published = await ProcessVersionModel.find({ status: 'published' }, { key: 1, version: 1, definitionJson: 1 })
    .sort({ key: 1, version: -1 })
    .lean();
  const newest = new Map<string, Pick<ProcessVersion, 'key' | 'version' | 'definitionJson'>>();
  for (const candidate of published) if (!newest.has(candidate.key)) newest.set(candidate.key, candidate);
  const items = [...newest.values()].flatMap((process) => {
    const definition = JSON.parse(process.definitionJson) as Record<string, unknown>;
    const references = formReferences(definition)
      .filter((reference) => reference.form.key === key && reference.form.version < version)
      .map((reference) => ({ path: reference.path, version: reference.form.version }));
    if (references.length === 0) return [];
    const name = definition.name as { zh: string; en?: string } | undefined;
    return [
      { key: process.key, version: process.version, name: name ? localized(name, language) : process.key, references },
    ];
  });
  return { items };
}

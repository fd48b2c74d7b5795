export { createReferenceItem } from './create-reference-item';
export { updateReferenceItem } from './update-reference-item';
export { deleteReferenceItem } from './delete-reference-item';
export { getGeneralSettings, updateGeneralSettings } from './update-general-settings';
export { listReferenceItems as listReference } from '@/lib/db/queries/reference';

export { serializePostmortem, type PostmortemView } from './record';
export { getWritablePostmortem } from './get-writable-postmortem';
export { savePostmortem, type SaveResult } from './save-postmortem';
export { searchLessons, type LessonItem } from './search-lessons';
export { addPostmortemAmendment } from './add-postmortem-amendment';
export { completeActionItem } from './complete-action-item';

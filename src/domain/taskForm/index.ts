export { nextNumber } from './nextNumber';
export { placeTask } from './placeTask';
export type { TaskDraft, TaskPlacement } from './placeTask';
export { draftFindings } from './draftFindings';
export { editableTask, editChanges, taskAtRow } from './editTask';
export type { TaskEdit } from './editTask';

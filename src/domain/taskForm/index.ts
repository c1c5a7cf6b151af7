export { nextNumber } from './nextNumber';
export { placeTask } from './placeTask';
export type { TaskDraft, TaskPlacement } from './placeTask';
export { draftFindings } from './draftFindings';

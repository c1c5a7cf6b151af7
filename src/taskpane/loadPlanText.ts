/**
 * The plan-text reader, loaded when the officer first imports or compares a text: most sessions of the pane
 * never do, and it is a large part of the domain (its outline, sentence and agency readings).
 */
export function loadPlanText(): Promise<typeof import('../domain/plantext')> {
  return import('../domain/plantext');
}

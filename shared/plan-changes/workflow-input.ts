/** What `resize-instance` starts with; the execution is named after the plan change. */
export type ResizeInput = { instanceId: string; subscriptionId: string; planChangeId: string };

export const resizeWorkflowInput = (instance: { id: string; subscriptionId: string }, planChangeId: string): ResizeInput => ({
  instanceId: instance.id,
  subscriptionId: instance.subscriptionId,
  planChangeId,
});

/**
 * The two queues of webhook delivery (rows of functions/queues.ts): the event rules put every customer and
 * platform event on the fan-out queue; the fan-out puts one message per endpoint on the delivery queue.
 */
export const WEBHOOK_FAN_OUT_QUEUE = 'webhook-fan-out';
export const WEBHOOK_DELIVERY_QUEUE = 'webhook-delivery';

import type { PriceMapper } from "../mapper-types.js";
import { requestsOf } from "./shared.js";

/** Each message costs a send, a receive and a delete; dead-letter queues see almost none. */
export const queueMapper: PriceMapper<"aws.sqs.queue"> = {
  kind: "aws.sqs.queue",
  components(node, context) {
    const isDeadLetterQueue = context
      .referrers(node.id)
      .some(
        (user) =>
          user.kind === "aws.sqs.queue" && user.props.redrive?.deadLetterTargetArn.ref === node.id,
      );
    if (isDeadLetterQueue) return [];
    const perMessage = context.assume({
      key: "sqs.requestsPerMessage",
      value: 3,
      unit: "requests/message",
      description: "API requests per message: send, receive, delete (64 KB chunks)",
    });
    const queueType = node.props.fifo ? "fifo" : "standard";
    return [
      {
        component: `SQS ${queueType} requests`,
        product: "sqs-requests",
        attributes: { queueType },
        quantity: requestsOf(context, node) * perMessage,
      },
    ];
  },
};

package io.rstreams.localaws.dynamodb.expression;

import io.rstreams.localaws.dynamodb.value.AttrValue;
import java.util.Map;

/** A parsed condition, filter or key condition expression. */
public interface Condition {

  /** Whether the item satisfies the condition; a missing item is an empty map. */
  boolean test(Map<String, AttrValue> item);
}

package io.rstreams.localaws.dynamodb.expression;

import io.rstreams.localaws.dynamodb.value.AttrValue;
import java.util.Map;

/** Something in an expression that yields a value from an item: a path, a literal, or a function of those. */
public interface Operand {

  /** The value, or null when it refers to an attribute the item does not have. */
  AttrValue evaluate(Map<String, AttrValue> item);
}

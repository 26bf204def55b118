package io.rstreams.localaws.dynamodb.expression;

/**
 * One action of an update expression: {@code SET path = value}, {@code REMOVE path}, {@code ADD path :v} or
 * {@code DELETE path :v}.
 */
public record UpdateAction(Kind kind, DocumentPath path, Operand value) {

  public enum Kind {
    SET, REMOVE, ADD, DELETE
  }
}

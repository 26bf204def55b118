package io.rstreams.localaws.dynamodb.expression;

/**
 * A parse or validation error in one expression. The message is DynamoDB's text without the
 * {@code "Invalid UpdateExpression: "} style prefix, which the caller adds because only it knows which request
 * parameter the expression came from.
 */
public final class ExpressionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int position;

  public ExpressionException(String message) {
    this(message, -1);
  }

  ExpressionException(String message, int position) {
    super(message, null, false, false);
    this.position = position;
  }

  /** The index of the token the parser stopped at, so that a backtracking parser can report the furthest error. */
  int position() {
    return position;
  }
}

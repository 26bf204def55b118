package io.rstreams.localaws.dynamodb.expression;

/** One lexical token of an expression; {@code start} and {@code end} index the source text for error messages. */
record Token(Kind kind, String text, int start, int end) {

  enum Kind {
    IDENTIFIER, NAME_PLACEHOLDER, VALUE_PLACEHOLDER, INTEGER,
    LEFT_PAREN, RIGHT_PAREN, LEFT_BRACKET, RIGHT_BRACKET, DOT, COMMA, PLUS, MINUS,
    EQ, NE, LT, LE, GT, GE, EOF
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** Keywords (AND, SET, BETWEEN, ...) are case-insensitive identifiers. */
  boolean isKeyword(String keyword) {
    return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(keyword);
  }

  boolean isComparator() {
    return kind == Kind.EQ || kind == Kind.NE || kind == Kind.LT || kind == Kind.LE || kind == Kind.GT
        || kind == Kind.GE;
  }

  String display() {
    return kind == Kind.EOF ? "<EOF>" : text;
  }
}

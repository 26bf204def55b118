package io.rstreams.localaws.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/** Parses a ProjectionExpression: document paths separated by commas, none overlapping another. */
final class ProjectionParser extends ExpressionParser {

  private ProjectionParser(String source, ExpressionAttributes attributes) {
    super(source, attributes);
  }

  static Projection parse(String source, ExpressionAttributes attributes) {
    ProjectionParser parser = new ProjectionParser(source, attributes);
    List<DocumentPath> paths = new ArrayList<>();
    paths.add(parser.parsePath());
    while (parser.at(Token.Kind.COMMA)) {
      parser.next();
      paths.add(parser.parsePath());
    }
    parser.expectEnd();
    checkNoOverlap(paths, parser.context);
    parser.context.throwDeferred();
    return new Projection(paths);
  }

  @Override
  Operand functionOperand(String name, List<Operand> arguments) {
    throw syntaxError();
  }
}

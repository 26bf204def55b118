/*
 * Copyright 2026 the RStreams binder authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.rstreams.localaws.dynamodb.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses a ProjectionExpression: document paths separated by commas, none overlapping
 * another.
 */
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

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

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The top-level attribute names a condition reads; a Query's filter may not read key
 * attributes.
 */
public final class ConditionPaths {

	private ConditionPaths() {
	}

	public static Set<String> topLevelNames(Condition condition) {
		Set<String> names = new LinkedHashSet<>();
		collect(condition, names);
		return names;
	}

	private static void collect(Condition c, Set<String> names) {
		if (c instanceof Conditions.And and) {
			collect(and.left(), names);
			collect(and.right(), names);
		}
		else if (c instanceof Conditions.Or or) {
			collect(or.left(), names);
			collect(or.right(), names);
		}
		else if (c instanceof Conditions.Not not) {
			collect(not.condition(), names);
		}
		else if (c instanceof Conditions.Compare compare) {
			operands(List.of(compare.left(), compare.right()), names);
		}
		else if (c instanceof Conditions.Between between) {
			operands(List.of(between.value(), between.low(), between.high()), names);
		}
		else if (c instanceof Conditions.In in) {
			operands(List.of(in.value()), names);
			operands(in.candidates(), names);
		}
		else if (c instanceof Conditions.Exists exists) {
			names.add(exists.path().topLevelName());
		}
		else if (c instanceof Conditions.AttributeType type) {
			names.add(type.path().topLevelName());
		}
		else if (c instanceof Conditions.BeginsWith begins) {
			operands(List.of(begins.value(), begins.prefix()), names);
		}
		else if (c instanceof Conditions.Contains contains) {
			operands(List.of(contains.container(), contains.member()), names);
		}
	}

	private static void operands(List<Operand> operands, Set<String> names) {
		for (Operand operand : operands) {
			if (operand instanceof Operands.PathOperand path) {
				names.add(path.path().topLevelName());
			}
			else if (operand instanceof Operands.Size size) {
				operands(List.of(size.argument()), names);
			}
		}
	}

}

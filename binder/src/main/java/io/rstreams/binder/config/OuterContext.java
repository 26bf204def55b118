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
package io.rstreams.binder.config;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;

/**
 * The application's context, seen from a binder context that Spring Cloud Stream made
 * without parent (a binder with an environment of its own): it registers the application
 * context as the bean {@code outerContext} (only then). Beans the binder would otherwise
 * inherit (the bus connection factory, meters, observations, functions) are looked up
 * there.
 */
final class OuterContext {

	static final String BEAN_NAME = "outerContext";

	private OuterContext() {
	}

	/**
	 * The outer context's provider of that type in a context without parent, else
	 * {@code own} (which sees the parent's beans).
	 */
	static <T> ObjectProvider<T> provider(BeanFactory beanFactory, ObjectProvider<T> own, Class<T> type) {
		ApplicationContext outer = outer(beanFactory);
		return outer == null ? own : outer.getBeanProvider(type);
	}

	private static ApplicationContext outer(BeanFactory beanFactory) {
		if (!beanFactory.containsBean(BEAN_NAME)) {
			return null;
		}
		return beanFactory.getBean(BEAN_NAME) instanceof ApplicationContext outer ? outer : null;
	}

}

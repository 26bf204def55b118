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
package io.rstreams.localbus.faults;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;

/**
 * An {@link SdkAsyncHttpClient} that sends through another one, except for the calls a
 * {@link FaultInjector} rule fails: refusals are answered here without reaching the
 * service; {@code RESET_AFTER}, {@code TRUNCATE} and {@code TIMEOUT} let the service
 * apply the request and then lose or cut its response.
 */
final class FaultInjectingHttpClient implements SdkAsyncHttpClient {

	private final SdkAsyncHttpClient delegate;

	private final FaultInjector injector;

	FaultInjectingHttpClient(SdkAsyncHttpClient delegate, FaultInjector injector) {
		this.delegate = delegate;
		this.injector = injector;
	}

	@Override
	public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
		String operation = Operations.of(request.request());
		Optional<FaultRule> rule = injector.decide(operation);
		if (rule.isEmpty()) {
			return delegate.execute(request);
		}
		Fault fault = rule.get().fault();
		return switch (fault) {
			case THROTTLE, SERVER_ERROR, ACCESS_DENIED -> refuse(request, operation, fault);
			case RESET_BEFORE -> fail(request.responseHandler(), reset("before the request was sent"));
			case RESET_AFTER -> applyThenLose(request);
			case TRUNCATE -> truncate(request);
			case TIMEOUT -> delay(request, rule.get());
		};
	}

	private static IOException reset(String when) {
		return new IOException("Connection reset by peer (injected fault, " + when + ")");
	}

	private static CompletableFuture<Void> fail(SdkAsyncHttpResponseHandler handler, Throwable error) {
		handler.onError(error);
		return CompletableFuture.failedFuture(error);
	}

	private static CompletableFuture<Void> refuse(AsyncExecuteRequest request, String operation, Fault fault) {
		FaultResponses.Response r = FaultResponses.of(operation, fault, Operations.isCbor(request.request()));
		SdkHttpFullResponse.Builder headers = SdkHttpFullResponse.builder()
			.statusCode(r.status())
			.putHeader("Content-Length", String.valueOf(r.body().length))
			.putHeader("x-amzn-RequestId", "faults");
		if (r.errorType() != null) {
			headers.putHeader("x-amzn-ErrorType", r.errorType());
		}
		if (r.contentType() != null) {
			headers.putHeader("Content-Type", r.contentType());
		}
		SdkAsyncHttpResponseHandler handler = request.responseHandler();
		handler.onHeaders(headers.build());
		handler.onStream(new OneBuffer(r.body()));
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * Sends the request, drains the service's answer, and reports a broken connection
	 * instead.
	 */
	private CompletableFuture<Void> applyThenLose(AsyncExecuteRequest request) {
		CompletableFuture<Void> result = new CompletableFuture<>();
		SdkAsyncHttpResponseHandler original = request.responseHandler();
		AsyncExecuteRequest sent = with(request, new Draining());
		delegate.execute(sent).whenComplete((ok, failure) -> {
			IOException lost = reset("after the request was applied");
			original.onError(lost);
			result.completeExceptionally(lost);
		});
		return result;
	}

	/** Sends the request and passes its response on, cut after half of its body. */
	private CompletableFuture<Void> truncate(AsyncExecuteRequest request) {
		CompletableFuture<Void> result = new CompletableFuture<>();
		SdkAsyncHttpResponseHandler original = request.responseHandler();
		AsyncExecuteRequest sent = with(request, new SdkAsyncHttpResponseHandler() {

			private long length = -1;

			@Override
			public void onHeaders(SdkHttpResponse headers) {
				length = headers.firstMatchingHeader("Content-Length").map(Long::parseLong).orElse(-1L);
				original.onHeaders(headers);
			}

			@Override
			public void onStream(Publisher<ByteBuffer> stream) {
				original.onStream(new Truncated(stream, length <= 1 ? 1 : length / 2, result));
			}

			@Override
			public void onError(Throwable error) {
				original.onError(error);
				result.completeExceptionally(error);
			}
		});
		delegate.execute(sent).whenComplete((ok, failure) -> {
			if (failure != null) {
				result.completeExceptionally(failure);
			}
		});
		return result;
	}

	/**
	 * Holds the call past the client's timeout; the service then applies it, and nobody
	 * reads the answer.
	 */
	private CompletableFuture<Void> delay(AsyncExecuteRequest request, FaultRule rule) {
		CompletableFuture<Void> result = new CompletableFuture<>();
		injector.timers().schedule(() -> {
			delegate.execute(with(request, new Draining()));
			IOException late = new IOException(
					"No response within " + rule.delay().toMillis() + " ms (injected fault)");
			request.responseHandler().onError(late);
			result.completeExceptionally(late);
		}, rule.delay().toMillis(), TimeUnit.MILLISECONDS);
		return result;
	}

	private static AsyncExecuteRequest with(AsyncExecuteRequest request, SdkAsyncHttpResponseHandler handler) {
		AsyncExecuteRequest.Builder b = AsyncExecuteRequest.builder()
			.request(request.request())
			.requestContentPublisher(request.requestContentPublisher())
			.responseHandler(handler)
			.fullDuplex(request.fullDuplex());
		request.metricCollector().ifPresent(b::metricCollector);
		return b.build();
	}

	@Override
	public String clientName() {
		return "faults-" + delegate.clientName();
	}

	@Override
	public void close() {
		delegate.close();
	}

	/** Reads and discards a response. */
	private static final class Draining implements SdkAsyncHttpResponseHandler {

		@Override
		public void onHeaders(SdkHttpResponse headers) {
		}

		@Override
		public void onStream(Publisher<ByteBuffer> stream) {
			stream.subscribe(new Subscriber<>() {
				@Override
				public void onSubscribe(Subscription s) {
					s.request(Long.MAX_VALUE);
				}

				@Override
				public void onNext(ByteBuffer b) {
				}

				@Override
				public void onError(Throwable t) {
				}

				@Override
				public void onComplete() {
				}
			});
		}

		@Override
		public void onError(Throwable error) {
		}

	}

	/** A publisher of one buffer. */
	private static final class OneBuffer implements Publisher<ByteBuffer> {

		private final byte[] bytes;

		OneBuffer(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public void subscribe(Subscriber<? super ByteBuffer> s) {
			s.onSubscribe(new Subscription() {
				private boolean done;

				@Override
				public synchronized void request(long n) {
					if (done || n <= 0) {
						return;
					}
					done = true;
					if (bytes.length > 0) {
						s.onNext(ByteBuffer.wrap(bytes));
					}
					s.onComplete();
				}

				@Override
				public synchronized void cancel() {
					done = true;
				}
			});
		}

	}

	/**
	 * Forwards a body until {@code limit} bytes, then cancels it and signals a dropped
	 * connection.
	 */
	private static final class Truncated implements Publisher<ByteBuffer> {

		private final Publisher<ByteBuffer> source;

		private final long limit;

		private final CompletableFuture<Void> result;

		Truncated(Publisher<ByteBuffer> source, long limit, CompletableFuture<Void> result) {
			this.source = source;
			this.limit = limit;
			this.result = result;
		}

		@Override
		public void subscribe(Subscriber<? super ByteBuffer> downstream) {
			source.subscribe(new Subscriber<>() {
				private Subscription upstream;

				private long passed;

				private boolean cut;

				@Override
				public void onSubscribe(Subscription s) {
					upstream = s;
					downstream.onSubscribe(s);
				}

				@Override
				public void onNext(ByteBuffer b) {
					if (cut) {
						return;
					}
					long room = limit - passed;
					if (b.remaining() < room) {
						passed += b.remaining();
						downstream.onNext(b);
						return;
					}
					cut = true;
					ByteBuffer part = b.slice();
					part.limit((int) room);
					upstream.cancel();
					if (part.hasRemaining()) {
						downstream.onNext(part);
					}
					IOException dropped = new IOException(
							"Connection closed after " + limit + " bytes of the response body (injected fault)");
					downstream.onError(dropped);
					result.completeExceptionally(dropped);
				}

				@Override
				public void onError(Throwable t) {
					if (!cut) {
						downstream.onError(t);
						result.completeExceptionally(t);
					}
				}

				@Override
				public void onComplete() {
					if (!cut) {
						// shorter than the limit: cut at the end, as a connection dropped
						// before the last byte
						cut = true;
						IOException dropped = new IOException(
								"Connection closed before the end of the response body " + "(injected fault)");
						downstream.onError(dropped);
						result.completeExceptionally(dropped);
					}
				}
			});
		}

	}

}

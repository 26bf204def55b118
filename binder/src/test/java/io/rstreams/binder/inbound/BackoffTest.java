package io.rstreams.binder.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

	@Test
	void doublesUpToThirtySecondsAndStartsOverAfterASuccess() {
		Backoff backoff = new Backoff(Duration.ofSeconds(4));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(4));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(8));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(16));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(30));
		assertThat(backoff.next()).isEqualTo(Duration.ofSeconds(30));
		assertThat(backoff.current()).isEqualTo(Duration.ofSeconds(30));
		backoff.reset();
		assertThat(backoff.current()).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void aFirstWaitAboveTheMaximumIsCappedAfterItsFirstUse() {
		Backoff backoff = new Backoff(Duration.ofMinutes(1));
		assertThat(backoff.next()).isEqualTo(Duration.ofMinutes(1));
		assertThat(backoff.next()).isEqualTo(Backoff.MAX);
	}
}

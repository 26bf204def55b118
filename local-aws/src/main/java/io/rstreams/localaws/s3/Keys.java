package io.rstreams.localaws.s3;

import io.rstreams.localaws.dynamodb.value.ValueOrder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Map;

/** Object keys: S3 lists them in UTF-8 byte order and limits them to 1024 bytes. */
final class Keys {

  static final Comparator<String> ORDER = ValueOrder::compareUtf8;

  private Keys() {
  }

  static void check(String key) {
    if (key == null || key.isEmpty()) {
      throw S3Exception.invalidArgument("An object key must not be empty");
    }
    if (key.getBytes(StandardCharsets.UTF_8).length > 1024) {
      throw new S3Exception(400, "KeyTooLongError", "Your key is too long", Map.of("Key", key));
    }
  }
}

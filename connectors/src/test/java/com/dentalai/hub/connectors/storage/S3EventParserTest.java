package com.dentalai.hub.connectors.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class S3EventParserTest {

    private final S3EventParser parser = new S3EventParser(new ObjectMapper());

    static String awsEvent(String eventName, String key) {
        return """
                {"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-central-1",
                  "eventTime":"2026-11-22T10:00:00.000Z","eventName":"%s",
                  "s3":{"s3SchemaVersion":"1.0","configurationId":"hub",
                    "bucket":{"name":"clinic-files","arn":"arn:aws:s3:::clinic-files"},
                    "object":{"key":"%s","size":1024,"eTag":"0123456789abcdef0123456789abcdef",
                              "versionId":"3HL4kqtJlcpXroDTDmjVBH40Nrjfkd","sequencer":"0055AED6DCD90281E5"}}}]}
                """
                .formatted(eventName, key);
    }

    @Test
    void awsKeysAreUrlDecodedWithPlusAsSpace() {
        List<ObjectCreated> created = parser.parse(awsEvent("ObjectCreated:Put", "tenants/smile-tlv/scan+2026%2B1.jpg")
                .getBytes());

        assertThat(created).singleElement().satisfies(o -> {
            assertThat(o.bucket()).isEqualTo("clinic-files");
            assertThat(o.key()).isEqualTo("tenants/smile-tlv/scan 2026+1.jpg");
            assertThat(o.size()).isEqualTo(1024);
            assertThat(o.versionKey()).endsWith("#3HL4kqtJlcpXroDTDmjVBH40Nrjfkd");
        });
    }

    @Test
    void minioEventsAreReadAndDeletionsSkipped() {
        String minio =
                """
                {"EventName":"s3:ObjectCreated:Put","Key":"clinic-files/a.png","Records":[
                  {"eventVersion":"2.0","eventSource":"minio:s3","awsRegion":"","eventName":"s3:ObjectCreated:Put",
                   "s3":{"bucket":{"name":"clinic-files"},"object":{"key":"a.png","size":5,"eTag":"\\"abc\\"","sequencer":"17"}}},
                  {"eventVersion":"2.0","eventSource":"minio:s3","eventName":"s3:ObjectRemoved:Delete",
                   "s3":{"bucket":{"name":"clinic-files"},"object":{"key":"b.png","sequencer":"18"}}}]}
                """;

        List<ObjectCreated> created = parser.parse(minio.getBytes(StandardCharsets.UTF_8));

        assertThat(created).extracting(ObjectCreated::key).containsExactly("a.png");
        assertThat(created.get(0).eTag()).isEqualTo("abc");
        assertThat(created.get(0).versionKey()).isEqualTo("clinic-files/a.png#abc");
    }

    @Test
    void malformedNotificationsAreRejectedClearly() {
        assertThatThrownBy(() -> parser.parse("not json".getBytes()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not JSON");
        assertThatThrownBy(() -> parser.parse("{}".getBytes())).hasMessageContaining("Records");
        assertThatThrownBy(() ->
                        parser.parse("{\"Records\":[{\"eventName\":\"ObjectCreated:Put\",\"s3\":{}}]}".getBytes()))
                .hasMessageContaining("s3.object.key");
    }

    @Test
    void realNotificationsFromTheSharedFixturesParse() throws Exception {
        Path fixtures = Path.of("..", "..", "shared", "fixtures", "s3");
        assumeTrue(Files.isDirectory(fixtures), "shared fixtures not present");

        List<ObjectCreated> aws = parser.parse(Files.readAllBytes(fixtures.resolve("aws_s3_objectcreated_put.json")));
        List<ObjectCreated> minio =
                parser.parse(Files.readAllBytes(fixtures.resolve("minio_objectcreated_put_nsq.json")));

        assertThat(aws).isNotEmpty().allSatisfy(o -> assertThat(o.key()).doesNotContain("%"));
        assertThat(minio).isNotEmpty().allSatisfy(o -> assertThat(o.bucket()).isNotBlank());
    }
}

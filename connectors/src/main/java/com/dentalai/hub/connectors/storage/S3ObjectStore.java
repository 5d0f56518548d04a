package com.dentalai.hub.connectors.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadBucketRequest;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The hub's view of an S3-compatible bucket: presign uploads, read originals (bounded), write
 * derivatives. AWS SDK v2 speaks to AWS, MinIO and the embedded store alike.
 */
public final class S3ObjectStore implements AutoCloseable {

    private final S3Settings settings;
    private final S3Client client;
    private final S3Presigner presigner;

    public S3ObjectStore(S3Settings settings) {
        this.settings = settings;
        AwsCredentialsProvider credentials = settings.accessKey() == null
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        S3Configuration s3 = S3Configuration.builder()
                .pathStyleAccessEnabled(settings.pathStyle())
                .chunkedEncodingEnabled(false)
                .build();
        var clientBuilder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(s3);
        var presignerBuilder = S3Presigner.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(s3);
        if (settings.endpoint() != null) {
            clientBuilder.endpointOverride(settings.endpoint());
            presignerBuilder.endpointOverride(settings.endpoint());
        }
        this.client = clientBuilder.build();
        this.presigner = presignerBuilder.build();
    }

    public String bucket() {
        return settings.bucket();
    }

    /** A PUT URL bound to the content type and exact length, so the client cannot swap either. */
    public PresignedUpload presignPut(String key, String contentType, long size) {
        PutObjectRequest put = PutObjectRequest.builder()
                .bucket(settings.bucket())
                .key(key)
                .contentType(contentType)
                .contentLength(size)
                .build();
        PresignedPutObjectRequest presigned = presigner.presignPutObject(
                p -> p.signatureDuration(settings.presignTtl()).putObjectRequest(put));
        Map<String, String> headers = new HashMap<>();
        presigned.signedHeaders().forEach((name, values) -> {
            if (!"host".equalsIgnoreCase(name)) {
                headers.put(canonical(name), String.join(",", values));
            }
        });
        return new PresignedUpload(presigned.url().toString(), "PUT", headers, presigned.expiration());
    }

    /** Reads an object, refusing more than {@code maxBytes} so a lying event cannot exhaust memory. */
    public byte[] read(String key, long maxBytes) {
        try (ResponseInputStream<GetObjectResponse> in = client.getObject(
                GetObjectRequest.builder().bucket(settings.bucket()).key(key).build())) {
            Long length = in.response().contentLength();
            if (length != null && length > maxBytes) {
                throw new StorageException(
                        "object " + key + " is " + length + " bytes, limit " + maxBytes, false, null);
            }
            return readBounded(in, maxBytes, key);
        } catch (NoSuchKeyException | NoSuchBucketException e) {
            throw new StorageException("object " + key + " does not exist", false, e);
        } catch (S3Exception e) {
            throw new StorageException("S3 refused reading " + key + ": " + e.statusCode(), e.statusCode() >= 500, e);
        } catch (SdkClientException e) {
            throw new StorageException("S3 unreachable reading " + key, true, e);
        } catch (IOException e) {
            throw new StorageException("S3 read of " + key + " broke off", true, e);
        }
    }

    /** Writes (or replaces) the object; answers its ETag without quotes, as event notifications carry it. */
    public String write(String key, byte[] bytes, String contentType) {
        try {
            String etag = client.putObject(
                            PutObjectRequest.builder()
                                    .bucket(settings.bucket())
                                    .key(key)
                                    .contentType(contentType)
                                    .build(),
                            RequestBody.fromBytes(bytes))
                    .eTag();
            return etag == null ? "" : etag.replace("\"", "");
        } catch (S3Exception e) {
            throw new StorageException("S3 refused writing " + key + ": " + e.statusCode(), e.statusCode() >= 500, e);
        } catch (SdkClientException e) {
            throw new StorageException("S3 unreachable writing " + key, true, e);
        }
    }

    /** Creates the bucket when missing (embedded store, first run). */
    public void ensureBucket() {
        try {
            client.headBucket(
                    HeadBucketRequest.builder().bucket(settings.bucket()).build());
        } catch (NoSuchBucketException e) {
            client.createBucket(b -> b.bucket(settings.bucket()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw new StorageException("S3 bucket check failed: " + e.statusCode(), e.statusCode() >= 500, e);
            }
            client.createBucket(b -> b.bucket(settings.bucket()));
        }
    }

    public List<String> list(String prefix) {
        return client.listObjectsV2Paginator(b -> b.bucket(settings.bucket()).prefix(prefix)).contents().stream()
                .map(o -> o.key())
                .toList();
    }

    /** {@code content-type} → {@code Content-Type}: what clients expect to copy into their request. */
    private static String canonical(String header) {
        StringBuilder out = new StringBuilder(header.length());
        boolean upper = true;
        for (char c : header.toCharArray()) {
            out.append(upper ? Character.toUpperCase(c) : Character.toLowerCase(c));
            upper = c == '-';
        }
        return out.toString();
    }

    private static byte[] readBounded(InputStream in, long maxBytes, String key) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new StorageException("object " + key + " exceeds " + maxBytes + " bytes", false, null);
        }
        return bytes;
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
    }
}

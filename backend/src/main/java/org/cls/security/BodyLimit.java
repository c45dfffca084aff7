package org.cls.security;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.cls.common.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Holds every body RESTEasy reads (JSON, workbooks: all but multipart uploads) to {@code cls.http.max-data-body-size}
 * as it arrives, whether or not it announced a length: {@link RequestLimits} refuses an announced one before reading,
 * this counts the bytes of a chunked one while the reader consumes them, without buffering, and past the limit stops
 * reading and answers the same 413 problem, closing the connection rather than draining the rest.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    private final long limit;

    @Inject
    CurrentVertxRequest currentRequest;

    BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "cls.http.max-data-body-size", defaultValue = "2M") MemorySize maxDataBodySize) {
        this.limit = Math.min(maxBodySize.asLongValue(), maxDataBodySize.asLongValue());
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (context.getMediaType() == null || !context.getMediaType().getType().toLowerCase(Locale.ROOT).equals("multipart")) {
            context.setInputStream(new Counted(context.getInputStream(), limit));
        }
        return context.proceed();
    }

    /** A body past the limit; an {@link IOException} so that readers (Jackson) let it through unwrapped. */
    public static final class TooLarge extends IOException {
        final long limit;

        TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes.");
            this.limit = limit;
        }
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLarge e, UriInfo uri) {
        RoutingContext rc = currentRequest.getCurrent();
        if (rc != null) {
            rc.addEndHandler(ended -> rc.request().connection().close());
        }
        return Response.status(413).type(Problem.MEDIA_TYPE).header("Connection", "close")
                .entity(RequestLimits.payloadTooLarge(e.limit, uri.getPath()).encode()).build();
    }

    static final class Counted extends FilterInputStream {
        private final long limit;
        private long count;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        private void add(long n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}

package io.sluice.core.run;

import io.sluice.core.data.Table;
import io.sluice.core.spi.PartWriter;
import io.sluice.core.spi.SinkSession;
import java.io.IOException;

/** A sink session whose parts pass every table through the pipeline's table stages before writing it. */
final class TransformedSession implements SinkSession {
    private final SinkSession session;
    private final TransformChain chain;

    TransformedSession(SinkSession session, TransformChain chain) {
        this.session = session;
        this.chain = chain;
    }

    @Override
    public PartWriter part(int index) throws IOException {
        PartWriter writer = session.part(index);
        return new PartWriter() {
            @Override
            public void write(Table table) throws IOException {
                writer.write(chain.apply(table));
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }

    @Override
    public long commit() throws IOException {
        return session.commit();
    }

    @Override
    public void abort() {
        session.abort();
    }
}

/**
 * `COPY … FROM STDIN` over node-postgres without pg-copy-streams: a submittable query that
 * answers the server's CopyInResponse with the chunks of an async iterable (respecting the
 * socket's back-pressure), then CopyDone. Bench baseline only.
 */
import type pg from 'pg';

interface Connection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
}

class CopyFromStdin {
  callback?: (error: Error | null, rows?: number) => void;
  private rows = 0;
  private error: Error | null = null;

  constructor(
    readonly text: string,
    private readonly source: AsyncIterable<string | Buffer>,
  ) {}

  submit(connection: Connection) {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: Connection) {
    void (async () => {
      try {
        for await (const chunk of this.source) {
          connection.sendCopyFromChunk(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
          if (connection.stream.writableNeedDrain)
            await new Promise((resolve) => connection.stream.once('drain', resolve));
        }
        connection.endCopyFrom();
      } catch (error) {
        connection.sendCopyFail(String(error));
      }
    })();
  }

  handleCommandComplete(message: { text?: string }) {
    this.rows = Number(/(\d+)$/.exec(message.text ?? '')?.[1] ?? 0);
  }

  handleError(error: Error) {
    this.error = error;
  }

  handleReadyForQuery() {
    this.callback?.(this.error, this.rows);
  }

  // Messages COPY FROM never produces; present because the client may call them.
  handleRowDescription() {}
  handleDataRow() {}
  handleEmptyQuery() {}
  handlePortalSuspended() {}
  handleCopyData() {}
}

/** Runs `COPY table (…) FROM STDIN …` fed by `source`; resolves with the rows copied. */
export function copyFrom(
  client: pg.Client,
  text: string,
  source: AsyncIterable<string | Buffer>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const query = new CopyFromStdin(text, source);
    query.callback = (error, rows) => (error ? reject(error) : resolve(rows ?? 0));
    void client.query(query as unknown as pg.QueryConfig);
  });
}

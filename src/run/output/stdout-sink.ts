/**
 * The run's default Sink: process.stdout, until its reader goes away. A closed pipe
 * (`npm run collection | head -2`) makes stdout emit EPIPE; that is no failure of the run: the sink
 * stops writing (everything later is dropped), the run goes on, writes its reports and exported
 * environment, and exits with its own code. Any other stdout error is left to Node as before.
 */
/** Where printed text goes (process.stdout by default; a string collector in tests). */
export type Sink = (text: string) => void;

export function stdoutSink(stream: NodeJS.WriteStream = process.stdout): Sink {
  let closed = false;
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  };
  stream.on('error', onError);
  return (text) => {
    if (closed || stream.destroyed) return;
    stream.write(text);
  };
}

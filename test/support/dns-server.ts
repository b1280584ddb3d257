import dns2 from 'dns2';

const { Packet } = dns2;

/** What a name answers: TXT strings (each one record), a CNAME target and IPv4 addresses (A records). */
export interface ZoneEntry {
  txt?: string[];
  cname?: string;
  a?: string[];
}

/**
 * A real DNS server on loopback (dns2, UDP) serving records the test sets: what the platform's resolver
 * (DNS_RESOLVER) is pointed at, so domain checks go through a real DNS exchange. A name it does not know
 * answers with no records (NODATA). It counts the questions it is asked.
 */
export const startDnsServer = async () => {
  const zone = new Map<string, ZoneEntry>();
  const questions: { name: string; type: number }[] = [];
  const server = dns2.createUDPServer((request, send) => {
    const response = Packet.createResponseFromRequest(request);
    // The README's plain objects: dns2's types ask for Resource instances, its encoder takes these.
    const answer = (record: Record<string, unknown>) => response.answers.push(record as unknown as (typeof response.answers)[number]);
    for (const question of request.questions) {
      const name = question.name.toLowerCase().replace(/\.$/, '');
      questions.push({ name, type: question.type });
      const entry = zone.get(name);
      if (question.type === Packet.TYPE.TXT) {
        for (const data of entry?.txt ?? []) answer({ name: question.name, type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 1, data });
      }
      if (question.type === Packet.TYPE.A) {
        for (const address of entry?.a ?? []) answer({ name: question.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 1, address });
      }
      if (question.type === Packet.TYPE.CNAME && entry?.cname) {
        answer({ name: question.name, type: Packet.TYPE.CNAME, class: Packet.CLASS.IN, ttl: 1, domain: entry.cname });
      }
    }
    send(response);
  });
  await server.listen(0, '127.0.0.1');
  const { port } = server.address()!;
  return {
    /** `127.0.0.1:<port>`: the DNS_RESOLVER setting that points the platform here. */
    address: `127.0.0.1:${port}`,
    set: (name: string, entry: ZoneEntry) => zone.set(name, { ...zone.get(name), ...entry }),
    clear: (name: string) => zone.delete(name),
    questions: () => [...questions],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type TestDnsServer = Awaited<ReturnType<typeof startDnsServer>>;

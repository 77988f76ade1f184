// Floods the sink: 3000 DNS queries and 600 simultaneous connections.
const dns = require('dns'), net = require('net');
for (let i = 0; i < 3000; i++) dns.resolve4('x' + i + '.flood.test', () => {});
for (let i = 0; i < 600; i++) {
  const s = net.connect(80, '198.51.100.' + (i % 250), () => s.write('GET / HTTP/1.1\r\nHost: a\r\n'));
  s.on('error', () => {});
}
setTimeout(() => process.exit(0), 3000);

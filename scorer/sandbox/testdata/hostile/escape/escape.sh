# Tries to leave the sandbox: other processes' /proc entries, ptrace of pid 1,
# namespaces, the host's root through /proc/1/root, and killing everything.
cat /proc/1/environ >/dev/null 2>&1
ls /proc/1/root/ >/dev/null 2>&1
cat /proc/1/root/etc/shadow >/dev/null 2>&1
strace -p 1 -o /dev/null & sleep 0.3; kill $! 2>/dev/null
python3 -c 'import ctypes; print(ctypes.CDLL(None).ptrace(16, 1, 0, 0))' 2>/dev/null
unshare -U -r sh -c 'mount -t tmpfs x /mnt' 2>/dev/null
echo x > /usr/local/bin/node 2>/dev/null
kill -9 -1

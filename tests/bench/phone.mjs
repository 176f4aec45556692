// The benchmarks' phone (issue 4): a slow 4G-ish network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up),
// a CPU 4x slower than this machine's, and a phone's screen. Shared by bench.mjs and search.mjs.
export const NETWORK = { latency: 150, download: (1.6 * 1024 * 1024) / 8, upload: (750 * 1024) / 8 };
export const CPU_SLOWDOWN = 4;
export const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true };

/** Puts a Playwright page on the phone's network and CPU; returns its CDP session (Network enabled). */
export async function throttle(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: NETWORK.latency,
    downloadThroughput: NETWORK.download,
    uploadThroughput: NETWORK.upload,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return cdp;
}

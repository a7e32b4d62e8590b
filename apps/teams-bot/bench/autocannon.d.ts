// The part of autocannon 9's programmatic API the throughput benchmark uses (the package ships no types).
declare module "autocannon" {
  /** One request of the cycle each connection sends. */
  type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
  /** Latency percentiles in ms. */
  type Histogram = { average: number; p50: number; p99: number; max: number };
  /** The result of one run. */
  type Result = {
    requests: Histogram & { total: number };
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  /** Runs a load test and resolves with its result. */
  function autocannon(options: {
    url: string;
    connections?: number;
    duration?: number;
    requests?: Request[];
  }): Promise<Result>;
  export default autocannon;
}

// The little of autocannon 8's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  type Options = { url: string; connections?: number; duration?: number; pipelining?: number; timeout?: number; headers?: Record<string, string> };
  type Result = { errors: number; timeouts: number; non2xx: number; requests: { average: number } };
  type Instance = Promise<Result> & {
    on(event: "response", listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): Instance;
  };
  export default function autocannon(options: Options): Instance;
}

import { useEffect, useState } from "react";
import { useT } from "~/lib/i18n/react";

/**
 * Time left to pay. The server renders whole minutes ("Còn 29 phút"); once
 * JavaScript runs it counts down by the second, measured from when the page
 * arrived (so a wrong clock on the device does not matter), and calls
 * `onExpire` at zero.
 */
export function Countdown({ remainingSeconds, expiresAt, onExpire }: { remainingSeconds: number; expiresAt: string; onExpire?: () => void }) {
  const { t } = useT("orders");
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    const deadline = Date.now() + remainingSeconds * 1000;
    const tick = () => {
      const seconds = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      setLeft(seconds);
      return seconds;
    };
    tick();
    const timer = setInterval(() => {
      if (tick() === 0) {
        clearInterval(timer);
        onExpire?.();
      }
    }, 1_000);
    return () => clearInterval(timer);
  }, [remainingSeconds, onExpire]);

  // An underpaid order's deadline is a day away: hours then, not 1.439 minutes.
  const minutes = Math.max(0, Math.floor(remainingSeconds / 60));
  const two = (n: number) => String(n).padStart(2, "0");
  const text =
    left === null
      ? minutes >= 60
        ? t("pay.remainingHours", { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
        : t("pay.remaining", { minutes })
      : t("pay.remainingClock", {
          time: left >= 3600 ? `${Math.floor(left / 3600)}:${two(Math.floor(left / 60) % 60)}:${two(left % 60)}` : `${two(Math.floor(left / 60))}:${two(left % 60)}`,
        });
  return (
    <time dateTime={expiresAt} className="font-semibold tabular-nums">
      {text}
    </time>
  );
}

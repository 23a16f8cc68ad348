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

  const text =
    left === null
      ? t("pay.remaining", { minutes: Math.max(0, Math.floor(remainingSeconds / 60)) })
      : t("pay.remainingClock", { time: `${String(Math.floor(left / 60)).padStart(2, "0")}:${String(left % 60).padStart(2, "0")}` });
  return (
    <time dateTime={expiresAt} className="font-semibold tabular-nums">
      {text}
    </time>
  );
}

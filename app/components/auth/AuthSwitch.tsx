import { Link } from "@remix-run/react";

/** "No account yet? Create one" / "Already have one? Log in", under the login and register forms. */
export function AuthSwitch({ text, linkText, to }: { text: string; linkText: string; to: string }) {
  return (
    <p className="mt-6 text-center text-sm text-stone-600">
      {text}{" "}
      <Link to={to} className="font-medium text-brand-700 underline">
        {linkText}
      </Link>
    </p>
  );
}

// Builds the app for production once before the hardening files start servers
// from it (a no-op when the build is current).
import { ensureBuild } from "@/lib/server/ensure-build";

export default function setup() {
  ensureBuild();
}

// Public entry of the settings module: the operator's platform settings
// (PlatformSetting), read by checkout and payouts, written by payouts' audited actions.
export {
  COMMISSION_SETTING_KEY,
  MAX_COMMISSION_BPS,
  getDefaultCommissionBps,
  isCommissionBps,
  lockPlatformSetting,
  readPlatformSetting,
  writePlatformSetting,
} from "./platform-settings.server";

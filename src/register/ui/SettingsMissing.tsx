/**
 * The 台账 before any settings exist. A 书记 is told whom to ask (the
 * 组织部 deploys the settings for the whole school); the administrator's
 * form stays one link away instead of greeting everyone with tenant and
 * client ids.
 */
import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Messages } from '../../i18n';

export function SettingsMissing({ text, onAdminSettings }: { text: Messages['register']['panel']; onAdminSettings: () => void }): JSX.Element {
  return (
    <section aria-label={text.noSettingsTitle} data-testid="register-no-settings">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{text.noSettingsTitle}</MessageBarTitle>
          {text.noSettingsBody}
        </MessageBarBody>
      </MessageBar>
      <p>
        <Link as="button" onClick={onAdminSettings}>
          {text.adminSettings}
        </Link>
      </p>
    </section>
  );
}

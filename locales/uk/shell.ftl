## Рамка кожної сторінки: шапка, навігація, вибір мови, нижній колонтитул

portal-name = BuT-Portal Kreis Warendorf
shell-skip-link = Перейти до основного вмісту
shell-language-label = Мова
nav-label = Головна навігація
nav-overview = Мій огляд
nav-account = Мій обліковий запис
nav-logout = Вийти
nav-login = Увійти
nav-register = Зареєструватися
footer-label = Правова інформація та допомога
footer-accessibility = Доступність
footer-privacy = Захист даних
footer-imprint = Вихідні дані (Impressum)
footer-easy-language = Проста мова
footer-contact = Контакти
footer-operator = Сервіс комунального Jobcenter Kreis Warendorf – «Освіта та участь» (Bildung und Teilhabe)
role-family = Родина
role-school = Школа
role-staff = Працівники відділу (Sachbearbeitung)
role-admin = Адміністрування
back-to-overview = Назад до огляду
select-choose = Будь ласка, виберіть
field-optional-suffix = (необов’язково)

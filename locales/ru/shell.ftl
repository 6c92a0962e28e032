## Рамка каждой страницы: шапка, навигация, выбор языка, подвал

portal-name = BuT-Portal Kreis Warendorf
shell-skip-link = Перейти к содержанию
shell-language-label = Язык
nav-label = Главное меню
nav-overview = Личный кабинет
nav-account = Моя учётная запись
nav-logout = Выйти
nav-login = Войти
nav-register = Зарегистрироваться
footer-label = Правовая информация и помощь
footer-accessibility = Доступность
footer-privacy = Защита данных
footer-imprint = Выходные данные (Impressum)
footer-easy-language = Простой язык
footer-contact = Контакты
footer-operator = Сервис Kommunales Jobcenter Kreis Warendorf – Образование и участие (Bildung und Teilhabe)
role-family = Семья
role-school = Школа
role-staff = Сотрудник Jobcenter
role-admin = Администрирование
back-to-overview = Назад в личный кабинет
select-choose = Пожалуйста, выберите
field-optional-suffix = (необязательно)

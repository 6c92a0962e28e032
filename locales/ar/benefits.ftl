## أسماء الإعانات الأساسية وإعانات التعليم والمشاركة (BuT)

benefit-sgb2 = إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld، SGB II)
benefit-sgb12 = المساعدة الاجتماعية أو تأمين الحد الأدنى للمعيشة (Sozialhilfe / Grundsicherung، SGB XII)
benefit-wohngeld = إعانة السكن (Wohngeld)
benefit-kinderzuschlag = علاوة الأطفال الإضافية (Kinderzuschlag)
benefit-asylblg = إعانات طالبي اللجوء (Asylbewerberleistungsgesetz، AsylbLG)
kind-lernfoerderung = دعم التعلّم (Lernförderung) – دروس تقوية
kind-teilhabe = المشاركة الاجتماعية والثقافية (soziokulturelle Teilhabe) – نادٍ، موسيقى، دورات
